// Not written yet.
export async function checkSpacing() {
	return [];
}
