// Not written yet.
export async function checkReflow() {
	return [];
}
